--TEST--
Since PHP 8.1 a class may override a constant inherited from an interface; the interface keeps its own value.
--FILE--
<?php
interface I {
    const X = 'interface';
}
class A implements I {
    const X = 'class';
}
echo A::X, " ", I::X, "\n";
--EXPECT--
class interface
