# Compile settings every Gongzhi target links (STYLE.md: one interface target).
add_library(gongzhi_defaults INTERFACE)
target_compile_features(gongzhi_defaults INTERFACE cxx_std_20)
target_compile_options(gongzhi_defaults INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast)
if(GONGZHI_WERROR)
  target_compile_options(gongzhi_defaults INTERFACE -Werror)
endif()
if(GONGZHI_SANITIZE)
  target_compile_options(gongzhi_defaults INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(gongzhi_defaults INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(gongzhi_defaults INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# Includes are written from the repository root: "ledger/chain/Block.h".
target_include_directories(gongzhi_defaults INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
