--TEST--
control characters, quotes, backslashes and slashes are escaped
--FILE--
<?php
echo json_encode("a\"b\\c/d"), "\n";
echo json_encode("\x00\x01\x02\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x1b\x1f\x20\x7f"), "\n";
echo json_encode("<script>alert(\x27&amp;\x27)</script>"), "\n";
echo json_encode("a/b", JSON_UNESCAPED_SLASHES), "\n";
echo json_encode(["k/\"\n" => "v\t"]), "\n";
--EXPECT--
"a\"b\\c\/d"
"\u0000\u0001\u0002\u0007\b\t\n\u000b\f\r\u000e\u001b\u001f "
"<script>alert('&amp;')<\/script>"
"a/b"
{"k\/\"\n":"v\t"}
