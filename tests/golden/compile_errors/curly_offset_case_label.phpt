--TEST--
A curly offset in a case label is refused on the line of the switch subject
--FILE--
<?php
$s = "abc";
switch (
  $s) {
    case "x":
        echo "x";
    case
      $s{0}:
        echo "a";
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 4
