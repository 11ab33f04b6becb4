--TEST--
A static property inherited by a child is shared with the parent unless the child redeclares it.
--FILE--
<?php
class A {
    public static $shared = 'A';
    public static $redeclared = 'A';
}
class B extends A {
    public static $redeclared = 'B';
}
B::$shared = 'set via B';
echo A::$shared, "\n";
B::$redeclared = 'B2';
echo A::$redeclared, " ", B::$redeclared, "\n";
A::$redeclared = 'A2';
echo A::$redeclared, " ", B::$redeclared, "\n";
--EXPECT--
set via B
A B2
A2 B2
