--TEST--
the error reported is the last one recorded
--FILE--
<?php
var_dump(json_encode(["a" => NAN, "b" => "\xff"]), json_last_error());
var_dump(json_encode(["\xff", NAN]), json_last_error());
var_dump(json_encode(["\xff" => NAN]), json_last_error());
var_dump(json_encode(["\xff" => 1, "b" => NAN]), json_last_error());
var_dump(json_encode([[NAN]], 0, 1), json_last_error());
var_dump(json_encode([[NAN], "\xff"], JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode([NAN, [[1]]], JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
--EXPECT--
bool(false)
int(5)
bool(false)
int(5)
bool(false)
int(7)
bool(false)
int(7)
bool(false)
int(1)
string(10) "[[0],null]"
int(5)
string(9) "[0,[[1]]]"
int(1)
