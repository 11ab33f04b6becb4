--TEST--
reading offsets of call results and of literal arrays
--FILE--
<?php
function pair() { return ["first", "second"]; }
var_dump(pair()[1], [10, 20, 30][2], ["k" => ["v"]]["k"][0], "string"[2]);
$i = 1;
var_dump(pair()[$i], pair()[5] ?? "none");
--EXPECT--
string(6) "second"
int(30)
string(1) "v"
string(1) "r"
string(6) "second"
string(4) "none"
