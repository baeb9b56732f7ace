// The library needs one translation unit; the icons themselves are Qt
// resources compiled from icons/*.svg by qt_add_resources.
namespace resources {
int iconSetVersion()
{
    return 1;
}
} // namespace resources
