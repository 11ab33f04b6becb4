--TEST--
A class declared inside an if exists only when that branch ran, allowing conditional definitions.
--FILE--
<?php
$useFast = true;
if ($useFast) {
    class Impl { public function name() { return 'fast'; } }
} else {
    class Impl { public function name() { return 'slow'; } }
}
echo (new Impl)->name(), "\n";
if (!class_exists('Polyfill')) {
    class Polyfill { const V = 1; }
}
echo Polyfill::V, "\n";
--EXPECT--
fast
1
