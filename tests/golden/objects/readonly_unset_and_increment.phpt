--TEST--
unset(), ++ and array append on a readonly property all throw 'Cannot modify readonly property'.
--FILE--
<?php
class A {
    public readonly int $n;
    public readonly array $list;
    public function __construct() { $this->n = 1; $this->list = [1]; }
}
$a = new A;
try { $a->n++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->list[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($a->n); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n, $a->list);
--EXPECT--
Cannot modify readonly property A::$n
Cannot modify readonly property A::$list
Cannot unset readonly property A::$n
int(1)
array(1) {
  [0]=>
  int(1)
}
