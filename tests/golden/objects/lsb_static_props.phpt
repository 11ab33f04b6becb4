--TEST--
static::$prop picks the redeclared static property of the called class.
--FILE--
<?php
class A {
    protected static $table = 'a_table';
    public static function table() { return static::$table . ' / ' . self::$table; }
}
class B extends A {
    protected static $table = 'b_table';
}
class C extends A {}
echo A::table(), "\n";
echo B::table(), "\n";
echo C::table(), "\n";
--EXPECT--
a_table / a_table
b_table / a_table
a_table / a_table
