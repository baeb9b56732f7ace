# Every CPACK_* setting lives here (STYLE.md). `cpack -G DEB` in the build dir.
set(CPACK_PACKAGE_NAME "gongzhi")
set(CPACK_PACKAGE_VENDOR "Gongzhi project")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "共治 Gongzhi - shared, tamper-evident community governance ledger")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Gongzhi developers <dev@gongzhi.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, invisible to dpkg-shlibdeps (PLATFORM.md).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, fonts-noto-cjk | fonts-wqy-microhei")
include(CPack)
