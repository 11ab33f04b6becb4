--TEST--
a destructor storing $this in a static array keeps it alive; unsetting it again does not call the destructor
--FILE--
<?php
class Zombie {
    public static array $graveyard = [];
    public function __destruct() {
        echo "destructor runs\n";
        self::$graveyard[] = $this;
    }
}
$z = new Zombie;
$z = null;
echo "resurrected: ", count(Zombie::$graveyard), "\n";
Zombie::$graveyard = [];
echo "graveyard emptied\n";
echo "script end\n";
--EXPECT--
destructor runs
resurrected: 1
graveyard emptied
script end
