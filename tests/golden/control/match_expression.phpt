--TEST--
match: strict comparison in arm order, several conditions per arm, default anywhere, lazy conditions, a subject evaluated once and freed after the arm, throw in an arm, UnhandledMatchError texts
--FILE--
<?php
foreach ([5, 1.5, "foo", "a long string with\nnewline inside", null, true, false, [1], new stdClass, 1e100, -0.0] as $v) {
    try { echo match($v) { 'x' => 1 }; } catch (\UnhandledMatchError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$x = 3;
echo match(true) { $x < 2 => "small", $x < 5 => "medium", default => "large" }, "\n";
echo match($x) { 1, 2 => 'a', 3, 4 => 'b' }, "\n";
function f($v) { echo "f($v)\n"; return $v; }
echo match(f(2)) { f(1) => 'one', f(2) => 'two', f(3) => 'three' }, "\n";
$r = match($x) { default => 'd' };
var_dump($r);
var_dump(match("3") { 3 => 'int', "3" => 'string' });
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
function d($n) { return new D($n); }
echo match(d(1)->n) { 1 => "one", default => "other" }, "\n";
$o = d(2);
$r = match($o) { $o => "same object", default => "no" };
echo $r, "\n";
echo match(true) { default => "only default" }, "\n";
try { echo match(d(3)) {}; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
echo "after\n";
for ($i = 0; $i < 4; $i++) {
    echo match($i % 3) { 0 => "zero", 1 => "one", 2 => "two" }, " ";
}
echo "\n";
$x = ['a' => 1];
echo match(count($x)) { 0 => 'empty', default => match($x['a']) { 1 => 'a is one', default => '?' } }, "\n";
try {
    echo match(5) { 5 => throw new Exception("thrown in arm") };
} catch (Exception $e) { echo $e->getMessage(), "\n"; }
$f = fn($v) => match(true) { is_int($v) => "int", is_string($v) => "string", default => gettype($v) };
echo $f(1), $f("s"), $f(1.5), "\n";
echo match("1") { 1 => "loose", "1" => "strict" }, "\n";
echo match(1.0) { 1 => "int", 1.0 => "float" }, "\n";
--EXPECT--
UnhandledMatchError: Unhandled match case 5
UnhandledMatchError: Unhandled match case 1.5
UnhandledMatchError: Unhandled match case 'foo'
UnhandledMatchError: Unhandled match case 'a long string w...'
UnhandledMatchError: Unhandled match case NULL
UnhandledMatchError: Unhandled match case true
UnhandledMatchError: Unhandled match case false
UnhandledMatchError: Unhandled match case of type array
UnhandledMatchError: Unhandled match case of type stdClass
UnhandledMatchError: Unhandled match case 1.0E+100
UnhandledMatchError: Unhandled match case -0.0
medium
b
f(2)
f(1)
f(2)
two
string(1) "d"
string(6) "string"
destruct 1
one
same object
only default
destruct 3
Unhandled match case of type D
after
zero one two zero 
a is one
thrown in arm
intstringdouble
strict
float
destruct 2
