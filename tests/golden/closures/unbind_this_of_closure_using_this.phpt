--TEST--
bindTo(null) and Closure::bind(..., null) of a closure whose own code uses $this warn and return null; a closure inside that uses $this does not count
--FILE--
<?php
class A { public $v = 1;
  function plain() { return function () { return 1; }; }
  function uses() { return function () { return $this->v; }; }
  function nested() { return function () { return fn() => $this->v; }; }
  function method_call() { return function () { return $this->plain(); }; }
  function isset_this() { return function () { return isset($this); }; }
  function static_call() { return function () { return static::class; }; }
  function write() { return function () { $this->v = 2; }; }
}
$a = new A;
$made = ['plain' => $a->plain(), 'uses' => $a->uses(), 'nested' => $a->nested(), 'method_call' => $a->method_call(),
         'isset_this' => $a->isset_this(), 'static_call' => $a->static_call(), 'write' => $a->write()];
foreach ($made as $name => $c) {
    $u = $c->bindTo(null);
    echo $name, ": ", $u === null ? "null" : "closure", "\n";
    $s = Closure::bind($c, null, A::class);
    echo "  bind: ", $s === null ? "null" : "closure", "\n";
}
--EXPECTF--
plain: closure
  bind: closure

Warning: Cannot unbind $this of closure using $this in %s on line 15
uses: null

Warning: Cannot unbind $this of closure using $this in %s on line 17
  bind: null
nested: closure
  bind: closure

Warning: Cannot unbind $this of closure using $this in %s on line 15
method_call: null

Warning: Cannot unbind $this of closure using $this in %s on line 17
  bind: null

Warning: Cannot unbind $this of closure using $this in %s on line 15
isset_this: null

Warning: Cannot unbind $this of closure using $this in %s on line 17
  bind: null
static_call: closure
  bind: closure

Warning: Cannot unbind $this of closure using $this in %s on line 15
write: null

Warning: Cannot unbind $this of closure using $this in %s on line 17
  bind: null
