--TEST--
Hex escapes take one or two digits
--FILE--
<?php
echo "\x41\x62\x4A|\x4g|\x414\n";
var_dump(strlen("\x4"), strlen("\x04"), "\x7e" === "~");
--EXPECT--
AbJ|g|A4
int(1)
int(1)
bool(true)
