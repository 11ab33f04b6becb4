--TEST--
a child class's destructor replaces the parent's, which runs only if called explicitly
--FILE--
<?php
class Base {
    public function __destruct() { echo "Base::__destruct\n"; }
}
class Quiet extends Base {
    public function __destruct() { echo "Quiet::__destruct\n"; }
}
class Polite extends Base {
    public function __destruct() { echo "Polite::__destruct\n"; parent::__destruct(); }
}
class Inherits extends Base {}
$q = new Quiet;
unset($q);
$p = new Polite;
unset($p);
$i = new Inherits;
unset($i);
echo "end\n";
--EXPECT--
Quiet::__destruct
Polite::__destruct
Base::__destruct
Base::__destruct
end
