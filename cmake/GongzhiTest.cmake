# gongzhi_add_test(NAME area.Thing SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [GUI])
# One Qt Test executable per test class, registered with CTest. Ledger tests
# link only the ledger, test support and Qt Test (QTEST_GUILESS_MAIN); GUI
# tests get QT_QPA_PLATFORM=offscreen.
function(gongzhi_add_test)
  cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  string(REPLACE "." "_" exe "test_${ARG_NAME}")
  add_executable(${exe} ${ARG_SOURCES})
  target_link_libraries(${exe} PRIVATE gongzhi_defaults gongzhi_test_support Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${exe} PRIVATE
    GONGZHI_SHARED_TESTDATA_DIR="${GONGZHI_SHARED_TESTDATA_DIR}"
    GONGZHI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    GONGZHI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    GONGZHI_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${ARG_NAME} COMMAND ${exe})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  set(env "QT_LOGGING_RULES=*.debug=false")
  if(ARG_GUI)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "${env}")
endfunction()
