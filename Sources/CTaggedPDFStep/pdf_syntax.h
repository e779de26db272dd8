// Pieces of PDF syntax the tagging step writes itself.
#pragma once

#include <qpdf/QPDFObjectHandle.hh>

#include <string>
#include <vector>

namespace tagged {

using QOH = QPDFObjectHandle;

/// A PDF text string: literal when plain ASCII, else UTF-16BE in hex.
std::string textString(const std::string &utf8);

/// A number with two decimals ("72.00", "-3.50"): positions in points.
std::string number(double value);

/// "12 0 R".
inline std::string ref(long long object) { return std::to_string(object) + " 0 R"; }

/// A dictionary's entries as qpdf writes them, except `skip`, followed by
/// `extra`. Objects it refers to are not read.
std::string dictionary(QOH dict, const std::vector<std::string> &skip, const std::string &extra);

/// Compressed (zlib format, as /FlateDecode reads it) with libdeflate's
/// fastest level: about half the time of zlib's fastest for much the same
/// size (docs/engine-notes.md, "Compressing").
std::string deflate(const char *data, size_t size);
inline std::string deflate(const std::string &data) { return deflate(data.data(), data.size()); }

/// XMP metadata agreeing with cairo's Info dictionary, with the PDF/UA identification.
std::string xmp(QOH info, const std::string &language);

}  // namespace tagged
