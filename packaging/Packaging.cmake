# Installation layout and a Debian package (cpack -G DEB) of the GUI and the CLI.
include(GNUInstallDirs)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/shouhu.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/shouhu-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME shouhu.xml)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/org.shouhu.Shouhu.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/shouhu.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The area data (resources/data), the documents and the translations (.qm) are Qt resources compiled into both
# binaries: nothing else to install.

set(CPACK_PACKAGE_NAME "shouhu")
set(CPACK_PACKAGE_VENDOR "Shouhu")
set(CPACK_PACKAGE_CONTACT "Shouhu maintainers <maintainers@shouhu.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://shouhu.invalid/")
# Without the debug information of a RelWithDebInfo build (170 MB to 20 MB).
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps finds the linked libraries (Qt, Qt Charts, libsodium, ICU, libxlsxwriter4); named here as well
# are the ones it cannot see (a Qt plugin, the fonts), libxlsxwriter4 for the XLSX reports and libqt6charts6 for
# the office dashboard's charts.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.5), fonts-noto-cjk, libxlsxwriter4, libqt6charts6")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
