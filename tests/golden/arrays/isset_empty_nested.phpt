--TEST--
isset, empty and ?? at any depth, on arrays, strings and null
--FILE--
<?php
$a = ["x" => ["y" => ["z" => 0]], "n" => null, "s" => "str", "e" => ""];
var_dump(isset($a["x"]["y"]["z"]), isset($a["x"]["y"]["q"]), isset($a["n"]), isset($a["n"]["k"]));
var_dump(empty($a["x"]["y"]["z"]), empty($a["e"]), empty($a["s"][0]), empty($a["s"][10]), empty($a["missing"]["deeper"]));
var_dump($a["x"]["y"]["z"] ?? "dflt", $a["x"]["q"]["z"] ?? "dflt", $a["s"][1] ?? "dflt", $a["s"][9] ?? "dflt");
var_dump(isset($a["s"]["0"]), isset($a["s"]["x"]), isset($a["s"][0][0]), isset($undefined["k"]));
$n = null;
var_dump(isset($n[0][1]), $n[0][1] ?? "nothing");
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
int(0)
string(4) "dflt"
string(1) "t"
string(4) "dflt"
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
string(7) "nothing"
