--TEST--
\u{...} escapes encode code points as UTF-8
--FILE--
<?php
echo "\u{41}\u{00e9}\u{20AC}\u{1F600}\n";
var_dump(strlen("\u{41}"), strlen("\u{e9}"), strlen("\u{20ac}"), strlen("\u{1f600}"), strlen("\u{0000041}"));
--EXPECT--
Aé€😀
int(1)
int(2)
int(3)
int(4)
int(1)
