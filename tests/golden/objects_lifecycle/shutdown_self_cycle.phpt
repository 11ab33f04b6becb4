--TEST--
an object referencing itself is not destroyed by unset and is destroyed at shutdown
--FILE--
<?php
class Self_ {
    public $me;
    public function __construct() { $this->me = $this; echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; }
}
$s = new Self_;
unset($s);
echo "unset done\n";
echo "script end\n";
--EXPECT--
ctor
unset done
script end
dtor
