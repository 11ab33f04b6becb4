--TEST--
A folded negative offset in a case condition carries the subject's line, so the string offset warning does too (miniphp reported line 6)
--FILE--
<?php
$s = "abc";
switch (1) {
case 3:
case
    $s[-9]:
    echo "no\n";
}
--EXPECTF--
Warning: Uninitialized string offset -9 in %s on line 3
