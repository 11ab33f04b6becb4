--TEST--
Constructor failure through an inherited constructor and a parent::__construct() call; an explicit __construct() call that throws leaves the destructor
--FILE--
<?php
class P { function __construct() { echo "P ctor\n"; } function __destruct() { echo "P dtor\n"; } }
class A extends P { function __construct($t) { parent::__construct(); if ($t) throw new Exception("c"); } function __destruct() { echo "A dtor\n"; } }
class B extends A {}
function make($t) { return new B($t); }
try { $a = make(1); } catch (Exception $e) { echo "caught\n"; }
$b = make(0);
try { $b->__construct(1); } catch (Exception $e) { echo "caught explicit\n"; }
try { $c = [new A(0), new A(1)]; } catch (Exception $e) { echo "caught in array\n"; }
echo "end\n";
--EXPECT--
P ctor
caught
P ctor
P ctor
caught explicit
P ctor
P ctor
A dtor
caught in array
end
A dtor
