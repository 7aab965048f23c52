# Installation layout and a Debian package (cpack -G DEB) of the GUI and the CLI.
include(GNUInstallDirs)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/shouhu.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/shouhu-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME shouhu.xml)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/org.shouhu.Shouhu.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_PACKAGE_NAME "shouhu")
set(CPACK_PACKAGE_VENDOR "Shouhu")
set(CPACK_PACKAGE_CONTACT "Shouhu maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
