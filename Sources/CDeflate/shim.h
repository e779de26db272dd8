// libdeflate: the PDF writer's FlateDecode compression (Sources/Typesetting/PDF/Deflate.swift).
#include <libdeflate.h>
