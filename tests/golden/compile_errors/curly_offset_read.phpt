--TEST--
Reading $s{0} is a compile-time error, after the messages before it
--FILE--
<?php
echo "never printed\n";
$s = "abc";
echo "${s}";
echo 1 +
  $s
  {
  0
  };
--EXITCODE--
255
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 4

Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 6
