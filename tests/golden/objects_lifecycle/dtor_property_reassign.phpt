--TEST--
assigning a new object to a property destroys the previous one after the new one is built
--FILE--
<?php
class Tire {
    public function __construct(public int $n) { echo "mount {$this->n}\n"; }
    public function __destruct() { echo "dismount {$this->n}\n"; }
}
class Bike {
    public ?Tire $tire = null;
}
$b = new Bike;
$b->tire = new Tire(1);
$b->tire = new Tire(2);
echo "swap done\n";
$b->tire = null;
echo "end\n";
--EXPECT--
mount 1
mount 2
dismount 1
swap done
dismount 2
end
