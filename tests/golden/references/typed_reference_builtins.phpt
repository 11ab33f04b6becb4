--TEST--
Builtins writing through by-reference arguments into typed properties: str_replace's count, settype
--FILE--
<?php
class C { public int $count = 0; public string $s = "5"; public ?bool $b = null; }
class D { public array $count = []; }
$c = new C;
str_replace("a", "b", "aaa", $c->count);
var_dump($c->count);
$d = new D;
try { str_replace("a", "b", "aaa", $d->count); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($d->count);
settype($c->s, "integer");
var_dump($c->s);
try { settype($c->count, "array"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c->count);
settype($c->b, "bool");
var_dump($c->b);
settype($c->count, "string");
var_dump($c->count);
--EXPECT--
int(3)
Cannot assign int to reference held by property D::$count of type array
array(0) {
}
string(1) "5"
Cannot assign array to reference held by property C::$count of type int
int(3)
bool(false)
int(3)
