--TEST--
$GLOBALS reads the global symbol table (a copy in php 8.1+)
--FILE--
<?php
$a = 1;
$b = "two";
function f() { return $GLOBALS["a"] + 1; }
var_dump(f());
var_dump($GLOBALS["b"], isset($GLOBALS["nope"]), $GLOBALS["argc"]);
$copy = $GLOBALS;
$copy["a"] = 100;
var_dump($a);
foreach ($GLOBALS as $k => $v) if ($k[0] != "_") echo $k, " ";
echo "\n";
var_dump(count($GLOBALS["_GET"]), $later ?? "unset");
$later = 1;
--EXPECT--
int(2)
string(3) "two"
bool(false)
int(1)
int(1)
argv argc a b copy 
int(0)
string(5) "unset"
