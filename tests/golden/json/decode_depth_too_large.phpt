--TEST--
json_decode with $depth above INT_MAX is a ValueError
--FILE--
<?php
var_dump(json_decode("[1]", true, 2147483647));
var_dump(json_decode("[1]", true, 2147483648));
--EXITCODE--
255
--EXPECTF--
array(1) {
  [0]=>
  int(1)
}

Fatal error: Uncaught ValueError: json_decode(): Argument #3 ($depth) must be less than 2147483647 in %s:3
Stack trace:
#0 %s(3): json_decode('[1]', true, 2147483648)
#1 {main}
  thrown in %s on line 3
