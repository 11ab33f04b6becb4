--TEST--
malformed UTF-8 makes json_encode fail
--FILE--
<?php
foreach (["a\xffb", "\xc3", "\xc3(", "\xe0\x80\x80", "\xed\xa0\x80", "\xf0\x9f\x98", "\xf4\x90\x80\x80", "\xc0\xaf", "\x80"] as $s) {
    var_dump(json_encode($s));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
var_dump(json_encode(["ok", "bad\xff"]), json_last_error_msg());
var_dump(json_encode(["bad\xff" => 1]), json_last_error_msg());
--EXPECT--
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
