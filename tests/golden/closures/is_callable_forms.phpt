--TEST--
is_callable on closures, function names, method arrays, static strings, invokables and non-callables
--FILE--
<?php
class K {
    public function pub() {}
    private function priv() {}
    public static function stat() {}
    public function check() { return is_callable([$this, 'priv']); }
}
class Inv { public function __invoke() {} }
$cases = [
    'closure' => fn() => 1,
    'strlen' => 'strlen',
    'missing fn' => 'no_such_fn',
    '[obj, pub]' => [new K, 'pub'],
    '[obj, priv]' => [new K, 'priv'],
    '[K, stat]' => ['K', 'stat'],
    'K::stat' => 'K::stat',
    '[obj, missing]' => [new K, 'nope'],
    'invokable' => new Inv,
    'stdClass' => new stdClass,
    'int' => 42,
    'array of 3' => [new K, 'pub', 1],
];
foreach ($cases as $label => $c) {
    echo str_pad($label, 16), var_export(is_callable($c), true), "\n";
}
var_dump((new K)->check());
--EXPECT--
closure         true
strlen          true
missing fn      false
[obj, pub]      true
[obj, priv]     false
[K, stat]       true
K::stat         true
[obj, missing]  false
invokable       true
stdClass        false
int             false
array of 3      false
bool(true)
