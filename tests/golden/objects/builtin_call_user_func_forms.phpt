--TEST--
call_user_func accepts [$obj, 'm'], ['A', 'm'], 'A::m' and a plain function name.
--FILE--
<?php
class A {
    public function __construct(private $n = 'a') {}
    public function hello($who) { return "$this->n says hello to $who"; }
    public static function st($x) { return "static $x in " . static::class; }
}
class B extends A {}
echo call_user_func([new A('obj'), 'hello'], 'you'), "\n";
echo call_user_func(['A', 'st'], 1), "\n";
echo call_user_func('A::st', 2), "\n";
echo call_user_func(['B', 'st'], 3), "\n";
echo call_user_func('B::st', 4), "\n";
echo call_user_func('strtoupper', 'plain'), "\n";
--EXPECT--
obj says hello to you
static 1 in A
static 2 in A
static 3 in B
static 4 in B
PLAIN
