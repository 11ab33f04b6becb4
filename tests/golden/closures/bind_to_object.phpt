--TEST--
Closure::bind and bindTo give an unbound closure a $this and class scope for private access
--FILE--
<?php
class Wallet {
    private $balance = 50;
}
$peek = function () { return $this->balance; };
$bound = Closure::bind($peek, new Wallet, Wallet::class);
echo $bound(), "\n";
$w = new Wallet;
$add = function ($n) { $this->balance += $n; return $this->balance; };
$b2 = $add->bindTo($w, Wallet::class);
echo $b2(25), "\n";
echo $b2(25), "\n";
var_dump($bound === $peek);
--EXPECT--
50
75
100
bool(false)
