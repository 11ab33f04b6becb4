--TEST--
objects held in static variables and static properties are destroyed after globals, in handle order
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
class Registry { public static $item; }
function holder() { static $s; $s = new G("static var"); }
Registry::$item = new G("static prop");
holder();
$global = new G("global");
echo "script end\n";
--EXPECT--
script end
dtor global
dtor static prop
dtor static var
