--TEST--
A clone is an object of its own: its destructor runs when it goes, not when the original does.
--FILE--
<?php
class D {
    public $name;
    public function __construct($name) { $this->name = $name; }
    public function __destruct() { echo "destroy {$this->name} #", spl_object_id($this), "\n"; }
}
$a = new D('a');
$b = clone $a;
$b->name = 'b';
unset($a);
echo "after unset\n";
$c = clone new D('temp');
echo "end\n";
--EXPECT--
destroy a #1
after unset
destroy temp #1
end
destroy temp #3
destroy b #2
