# Flags shared by every ActionStudio target (qBittorrent's CommonConfig.cmake pattern).
add_library(actionstudio_common_config INTERFACE)
target_compile_features(actionstudio_common_config INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(actionstudio_common_config INTERFACE
  -Wall -Wextra -pedantic -Wnon-virtual-dtor)
target_include_directories(actionstudio_common_config INTERFACE ${PROJECT_SOURCE_DIR})
# Line tables only in RelWithDebInfo: backtraces and profiles keep file:line, while LibTorch's
# full type information (9 MB per object file with -g against 2 MB) no longer costs a third of
# every compile.
target_compile_options(actionstudio_common_config INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1>)
target_compile_definitions(actionstudio_common_config INTERFACE
  ACTIONSTUDIO_VERSION="${PROJECT_VERSION}"
  ACTIONSTUDIO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# Qt code: no keywords (LibTorch uses `slots` as a name), no implicit ASCII casts.
add_library(actionstudio_qt_config INTERFACE)
target_compile_definitions(actionstudio_qt_config INTERFACE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII)

if(ACTIONSTUDIO_SANITIZE)
  string(REPLACE ";" "," _san "${ACTIONSTUDIO_SANITIZE}")
  target_compile_options(actionstudio_common_config INTERFACE -fsanitize=${_san} -fno-omit-frame-pointer)
  target_link_options(actionstudio_common_config INTERFACE -fsanitize=${_san})
endif()
