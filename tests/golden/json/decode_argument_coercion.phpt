--TEST--
json_decode coerces its arguments as php does
--FILE--
<?php
var_dump(json_decode(null));
var_dump(json_decode(123), json_decode(1.5), json_decode(true), json_decode(false), json_last_error_msg());
var_dump(json_decode("[1]", "yes", "3"));
var_dump(json_decode("[1]", 0.0, 2.0));
var_dump(json_decode("[1]", true, 1.5));
--EXPECTF--
Deprecated: json_decode(): Passing null to parameter #1 ($json) of type string is deprecated in %s on line 2
NULL
int(123)
float(1.5)
int(1)
NULL
string(12) "Syntax error"
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 6
NULL
