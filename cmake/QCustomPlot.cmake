# QCustomPlot draws the price charts. Debian and Ubuntu package it
# (libqcustomplot-dev); where the system has none (Windows, macOS), the
# official 2.1.1 release is fetched at configure time, pinned by its hash,
# and built as a target of its own. Its sources are never committed.
find_package(QCustomPlotQt6 QUIET)
if(NOT QCustomPlotQt6_FOUND)
    message(STATUS "QCustomPlot: not installed, building the official 2.1.1 release")
    include(FetchContent)
    FetchContent_Declare(qcustomplot
        URL https://www.qcustomplot.com/release/2.1.1/QCustomPlot.tar.gz
        URL_HASH SHA512=2e49a9b3f7ab03bcd580e5f3c3ae0d5e8c57d3ccce0ceed9862cde7ea23e2f3672a963af988be60e504cb5aa50bc462e4b28acf577eae41cc6fea2802642dc19
        DOWNLOAD_EXTRACT_TIMESTAMP ON)
    FetchContent_MakeAvailable(qcustomplot)
    add_library(qcustomplot_release STATIC
        ${qcustomplot_SOURCE_DIR}/qcustomplot.cpp ${qcustomplot_SOURCE_DIR}/qcustomplot.h)
    set_target_properties(qcustomplot_release PROPERTIES AUTOMOC ON)
    # Third-party code: its own warnings are not ours to fix.
    target_include_directories(qcustomplot_release SYSTEM PUBLIC ${qcustomplot_SOURCE_DIR})
    target_link_libraries(qcustomplot_release PUBLIC Qt6::Widgets Qt6::PrintSupport)
    add_library(QCustomPlotQt6::QCustomPlotQt6 ALIAS qcustomplot_release)
endif()
