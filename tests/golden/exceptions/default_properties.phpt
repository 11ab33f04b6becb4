--TEST--
a fresh exception has an empty message, code 0 and no previous
--FILE--
<?php
$e = new Exception();
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious());
$e = new Error();
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious());
$e = new RuntimeException("msg", 42);
var_dump($e->getMessage(), $e->getCode());
$e = new TypeError("t", -7, new Exception("p"));
var_dump($e->getCode(), get_class($e->getPrevious()), $e->getPrevious()->getMessage());
--EXPECT--
string(0) ""
int(0)
NULL
string(0) ""
int(0)
NULL
string(3) "msg"
int(42)
int(-7)
string(9) "Exception"
string(1) "p"
