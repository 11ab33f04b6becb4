--TEST--
isset($this) and empty($this) in methods, static methods, closures and at top level
--FILE--
<?php
class A { function t() { var_dump(isset($this), empty($this)); } static function s() { var_dump(isset($this)); } }
(new A)->t(); A::s(); var_dump(isset($this), empty($this));
$f = function() { return isset($this); }; var_dump($f());
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
