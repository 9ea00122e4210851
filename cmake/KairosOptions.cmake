# One interface target carries the language level, warnings and Qt safety
# defines; every Kairos target links it.
add_library(kairos_options INTERFACE)
target_compile_features(kairos_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    target_compile_options(kairos_options INTERFACE /W4 /permissive-)
    if(KAIROS_WERROR)
        target_compile_options(kairos_options INTERFACE /WX)
    endif()
else()
    target_compile_options(kairos_options INTERFACE -Wall -Wextra -Wpedantic)
    if(KAIROS_WERROR)
        target_compile_options(kairos_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(kairos_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    KAIROS_VERSION="${PROJECT_VERSION}")
