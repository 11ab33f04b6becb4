--TEST--
locals of a function are destroyed at return in the order the variables first appear in the function body
--FILE--
<?php
class T {
    public function __construct(public string $n) {}
    public function __destruct() { echo "destroy {$this->n}\n"; }
}
function work() {
    $first = null;
    $second = new T("second");
    $third = new T("third");
    $first = new T("first");
    echo "leaving work\n";
}
work();
echo "back in main\n";
--EXPECT--
leaving work
destroy first
destroy second
destroy third
back in main
