--TEST--
json_encode: floats, escapes, unicode, pretty print, numeric check, force object, depth and errors
--FILE--
<?php
var_dump(json_encode(-0.0), json_encode(1e25), json_encode(0.1), json_encode(1.0), json_encode(1.0, JSON_PRESERVE_ZERO_FRACTION), json_encode(1e100), json_encode(PHP_INT_MAX), json_encode(1.5e-7), json_encode(100000000000000000000.0));
var_dump(json_encode("é/\u{1F600}<>&'\"\x01\t"), json_encode("é/", JSON_UNESCAPED_UNICODE|JSON_UNESCAPED_SLASHES), json_encode("<a href='x'>&\"", JSON_HEX_TAG|JSON_HEX_AMP|JSON_HEX_APOS|JSON_HEX_QUOT));
echo json_encode([1, [2, ["a" => []]], "k" => null], JSON_PRETTY_PRINT), "\n";
var_dump(json_encode(["1", "1.5", "x", "1e3"], JSON_NUMERIC_CHECK), json_encode([3 => 1]), json_encode([], JSON_FORCE_OBJECT), json_encode([[1]], 0, 1), json_last_error(), json_last_error_msg());
var_dump(json_encode(NAN), json_last_error_msg(), json_encode("\xff"), json_last_error_msg(), json_encode("a\xffb", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xffb", JSON_INVALID_UTF8_IGNORE));
--EXPECT--
string(2) "-0"
string(7) "1.0e+25"
string(3) "0.1"
string(1) "1"
string(3) "1.0"
string(8) "1.0e+100"
string(19) "9223372036854775807"
string(6) "1.5e-7"
string(7) "1.0e+20"
string(36) ""\u00e9\/\ud83d\ude00<>&'\"\u0001\t""
string(5) ""é/""
string(46) ""\u003Ca href=\u0027x\u0027\u003E\u0026\u0022""
{
    "0": 1,
    "1": [
        2,
        {
            "a": []
        }
    ],
    "k": null
}
string(16) "[1,1.5,"x",1000]"
string(7) "{"3":1}"
string(2) "{}"
bool(false)
int(1)
string(28) "Maximum stack depth exceeded"
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(10) ""a\ufffdb""
string(4) ""ab""
