--TEST--
the object not selected by a ternary is never built; the selected temporary is freed after use
--FILE--
<?php
class T {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$flag = true;
echo ($flag ? new T("yes") : new T("no"))->n, "\n";
echo "end\n";
--EXPECT--
ctor yes
dtor yes
yes
end
