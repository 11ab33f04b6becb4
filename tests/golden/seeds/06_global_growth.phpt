--TEST--
seed 06: globals destroyed at shutdown in handle order (arr_0, arr_2, arr_1, arr_3, arr_4)
--FILE--
<?php
// seed 001: globals live until the script ends; the seed loops forever with sleep(1),
// this copy stops after 5 rounds so it can run as a test
echo "php文件的全局开始\n";
class A
{
    protected $a;
    function __construct($a)
    {
        $this->a = $a;
        echo "类{$this->a}生命周期开始\n";
    }
    function test()
    {
        echo "类test方法域开始\n";
        echo "类test方法域结束\n";
    }
    function __destruct()
    {
        echo "类{$this->a}生命周期结束\n";
    }
}
$arr = [];
$i = 0;
while ($i < 5) {
    $arr[] = new A('arr_' . $i);
    $obj = new A('obj_' . $i);
    $i++;
    echo "数组大小:". count($arr).'\n';
}
echo "php文件的全局结束\n";
--EXPECT--
php文件的全局开始
类arr_0生命周期开始
类obj_0生命周期开始
数组大小:1\n类arr_1生命周期开始
类obj_1生命周期开始
类obj_0生命周期结束
数组大小:2\n类arr_2生命周期开始
类obj_2生命周期开始
类obj_1生命周期结束
数组大小:3\n类arr_3生命周期开始
类obj_3生命周期开始
类obj_2生命周期结束
数组大小:4\n类arr_4生命周期开始
类obj_4生命周期开始
类obj_3生命周期结束
数组大小:5\nphp文件的全局结束
类obj_4生命周期结束
类arr_0生命周期结束
类arr_2生命周期结束
类arr_1生命周期结束
类arr_3生命周期结束
类arr_4生命周期结束
