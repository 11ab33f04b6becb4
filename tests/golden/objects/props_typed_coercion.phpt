--TEST--
Typed properties coerce in non-strict mode: numeric strings to int, int to float, scalars to string; a fractional float to int is only deprecated.
--FILE--
<?php
class A {
    public int $i = 0;
    public float $f = 0.0;
    public string $s = "";
    public bool $b = false;
}
$a = new A;
$a->i = "42";
$a->f = 3;
$a->s = 12;
$a->b = "yes";
var_dump($a->i, $a->f, $a->s, $a->b);
$a->i = 7.0;
var_dump($a->i);
try { $a->i = 7.5; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($a->i);
--EXPECTF--
int(42)
float(3)
string(2) "12"
bool(true)
int(7)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 16
int(7)
