--TEST--
a closure stored on the object it captures forms a cycle, so the destructor runs only at shutdown
--FILE--
<?php
class Widget {
    public $onClick;
    public function __construct(public string $id) {}
    public function __destruct() { echo "destroy {$this->id}\n"; }
}
function create($id) {
    $w = new Widget($id);
    $w->onClick = function () use ($w) { return "clicked {$w->id}"; };
    return $w;
}
$a = create("a");
echo ($a->onClick)(), "\n";
$a = null;
echo "a released (cycle keeps it)\n";
$b = new Widget("b");
$b = null;
echo "end of script\n";
--EXPECT--
clicked a
a released (cycle keeps it)
destroy b
end of script
destroy a
