--TEST--
Control-character escapes produce the right bytes
--FILE--
<?php
var_dump(strlen("\n\t\r\v\e\f\0"));
var_dump("\e" === "\x1b", "\v" === "\x0b", "\f" === "\x0c", "\r" === "\x0d", "\0" === "\x00");
var_dump("\t" === "\x09", "\n" === "\012");
--EXPECT--
int(7)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
