--TEST--
A private property read and written at one site of a closure rebound to the class and to other scopes
--FILE--
<?php
class Vault {
    private $gold = 5;
}
class Thief {}
$touch = function ($v) { $v->gold++; return $v->gold; };
$vault = new Vault;
foreach ([Vault::class, null, Vault::class, Thief::class, Vault::class] as $scope) {
    $bound = Closure::bind($touch, null, $scope);
    try {
        echo $bound($vault), "\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
6
Cannot access private property Vault::$gold
7
Cannot access private property Vault::$gold
8
