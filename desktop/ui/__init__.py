"""The Qt widgets user interface: the only package importing QtGui/QtWidgets."""
