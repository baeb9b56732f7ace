# Shared by scripts/*: Debian packages, configure and incremental build.
# Source it; it sets REPO and BUILD and defines ensure_packages / ensure_build.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${GONGZHI_BUILD_DIR:-$REPO/build}

# Everything the build, the tests and the demo need, from Debian 12.
GONGZHI_PACKAGES=(
  g++ cmake ninja-build file dpkg-dev pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite qt6-translations-l10n qtkeychain-qt6-dev libssl-dev libsodium-dev
  libexpected-dev libsqlite3-dev libsecret-1-0 gnome-keyring dbus-daemon sqlite3 binutils
  xvfb xauth imagemagick fonts-noto-cjk qt6-speech-dev qt6-speech-speechd-plugin speech-dispatcher
  espeak-ng librime-dev rime-data-luna-pinyin rime-data-pinyin-simp librime-bin libzinnia-dev
  tegaki-zinnia-simplified-chinese libqrencode-dev xdotool qt6-declarative-dev
)

ensure_packages() {
  local missing=() p
  for p in "${GONGZHI_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "Missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

# Configures once (Ninja, warnings as errors), then builds incrementally.
ensure_build() {
  if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$REPO" -B "$BUILD" -G Ninja -DGONGZHI_WERROR=ON
  fi
  cmake --build "$BUILD" -- -j"$(nproc)" "$@"
}
